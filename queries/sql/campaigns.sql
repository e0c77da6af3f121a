-- Every campaign (national and provincial) with its dates, focus, province and the incidents recorded under it.
-- grain: one row per campaign
-- params: none
select
    campaigns.campaign_id, campaigns.province_code,
    provinces.name_zh as province_zh, provinces.name_en as province_en,
    campaigns.name_zh, campaigns.name_en, campaigns.start_date, campaigns.end_date, campaigns.focus,
    coalesce(tagged.n_incidents, 0)::bigint as n_incidents,
    coalesce(tagged.n_transferred, 0)::bigint as n_transferred,
    coalesce(tagged.n_held_liable, 0)::bigint as n_held_liable
from campaigns
left join provinces using (province_code)
left join campaign_incidents as tagged using (campaign_id)
order by campaigns.start_date, campaigns.province_code nulls first, campaigns.campaign_id;
