-- Case-study review from the console and the command line (issue 16): who
-- decided, and an admin's reason when turning a draft down.
ALTER TABLE case_study_drafts ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE case_study_drafts ADD COLUMN review_note TEXT;
