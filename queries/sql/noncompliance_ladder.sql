-- Refusal incidents by the strongest measure taken, whether anyone was held liable, and how soon the debtor complied, in a window.
-- grain: one row per measure x is_convicted x compliance bucket (d0_7, d8_30, d31_90, d91_180, d181_plus, not_complied)
-- params: $filters, $start, $end
select
    measure, is_convicted, comply_bucket,
    sum(n_incidents)::bigint as n_incidents,
    sum(n_transferred)::bigint as n_transferred,
    sum(n_held_liable)::bigint as n_held_liable,
    sum(days_to_comply_sum) as days_to_comply_sum
from nc_ladder
where month between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by measure, is_convicted, comply_bucket
order by measure, is_convicted, comply_bucket;
