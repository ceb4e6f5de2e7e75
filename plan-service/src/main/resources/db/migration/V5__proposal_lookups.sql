-- An assessment-published is looked up by its assessment (received before?) and its area's newest financial year
-- (superseded by a later assessment?) before its priorities are proposed.
CREATE INDEX priority_proposal_assessment ON priority_proposal (assessment_id);
CREATE INDEX priority_proposal_area_year ON priority_proposal (area_code, financial_year);
