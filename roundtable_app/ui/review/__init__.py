"""The Review workspace: search, filters, curation, merge, synthesis beside the remarks."""
