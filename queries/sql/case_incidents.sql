-- The refusal-to-comply incidents a court acted on in one case.
-- grain: one row per incident
-- params: $case_id
SELECT incident_id, action_date, conduct, measure, is_transferred, n_held_liable, is_complied, complied_date,
       serious_consequence, campaign_id
FROM nc_incidents
WHERE case_id = $case_id
ORDER BY action_date;
