namespace KnowAboutCse.Web.Translations;

/// <summary>
/// Every key of the strings files that the views and <see cref="Contacts.ContactHtml"/> ask for. English
/// (<c>data/strings/en.yml</c>) must have each of them and no other; a translation may leave some out
/// (they show in English, and the content check warns) but may not add one.
/// </summary>
public static class UiKeys
{
    public static readonly IReadOnlyList<string> All =
    [
        "skip_link", "exit_button", "exit_hidden_prefix", "exit_shift_count", "exit_leaving", "danger_line", "danger_other_ways", "site_name", "site_title", "main_nav_label", "search_label", "search_button", "breadcrumbs_label", "breadcrumbs_home", "printed_from", "key_contacts", "all_contacts", "footer_nav_label", "languages_label", "last_reviewed", "pager_label", "previous", "next", "section_overview", "section_pages", "sources_heading", "source_unconfirmed", "translation_unreviewed", "translation_outdated", "translation_english_link", "easy_read_link", "standard_link", "phone_unconfirmed", "card_for", "card_when", "card_when_closed", "when_closed_call", "how_call", "how_text", "how_email", "how_form", "how_chat", "hours_always", "hours_when_closed", "hours_send_any_time", "hours_send_unconfirmed", "hours_not_confirmed", "hours_period", "days_every", "days_two", "days_range", "checked", "not_checked", "date", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8", "month_9", "month_10", "month_11", "month_12", "help_now_heading", "home_description", "home_heading", "home_lead", "home_parent", "home_young", "home_help", "home_help_text", "home_school", "search_title", "search_description", "search_too_long", "search_unreadable", "search_hint", "search_found_none", "search_found_one", "search_found_many", "search_corrected", "search_try", "search_try_spelling", "search_try_fewer", "search_try_browse", "search_try_parents", "search_try_young", "search_site_pages", "not_found_title", "not_found_description", "not_found_lead", "not_found_home", "not_found_parents", "not_found_young", "error_description", "error_refused_title", "error_refused_lead", "error_refused_next", "error_title", "error_lead", "kit_breadcrumb_schools", "kit_letter_title", "kit_letter_description", "kit_letter_lead", "kit_school_label", "kit_date_label", "kit_update_letter", "kit_print_letter", "kit_letter_private", "kit_letter_heading", "kit_no_school", "kit_qr_alt", "kit_poster_description", "kit_poster_intro", "kit_print_poster", "kit_signs_heading", "kit_help_heading", "kit_checked_on", "kit_not_confirmed", 
    ];
}
