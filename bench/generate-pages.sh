#!/usr/bin/env bash
# generate-pages.sh CONTENT_FOLDER COUNT: adds COUNT plain pages to the parents section of a
# copy of the content, for the scale measurement in run.sh.
set -euo pipefail
folder=$1/parents
count=$2
for i in $(seq -w 1 "$count"); do
    cat >"$folder/generated-$i.md" <<PAGE
---
title: Generated page $i
description: A generated page for measuring how the site copes with many pages.
order: $((10#$i + 1000))
reviewed: 2026-11-01
group: "If you are worried"
---

This page is number $i. It is here to test how the site copes with a great many pages.

## What it holds

A few short paragraphs of plain text, like a real page. Children are never to blame.

- One point
- Another point

If a child is in danger now, call {{phone police-emergency}}.
PAGE
done
