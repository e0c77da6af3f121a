-- Every campaign (national and provincial) with its dates, focus, province and the incidents recorded under it.
-- grain: one row per campaign
-- params: none
SELECT c.campaign_id, c.province_code, p.name_zh AS province_zh, p.name_en AS province_en,
       c.name_zh, c.name_en, c.start_date, c.end_date, c.focus,
       coalesce(t.n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(t.n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(t.n_held_liable, 0)::BIGINT AS n_held_liable
FROM campaigns c
LEFT JOIN provinces p USING (province_code)
LEFT JOIN campaign_incidents t USING (campaign_id)
ORDER BY c.start_date, c.province_code NULLS FIRST, c.campaign_id;
