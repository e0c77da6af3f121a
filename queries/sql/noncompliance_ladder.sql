-- Refusal incidents by the strongest measure taken, whether anyone was held liable, and how soon the debtor complied, in a window.
-- grain: one row per measure x is_convicted x compliance bucket (d0_7, d8_30, d31_90, d91_180, d181_plus, not_complied)
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT measure, is_convicted, comply_bucket,
       sum(n_incidents)::BIGINT AS n_incidents,
       sum(n_transferred)::BIGINT AS n_transferred,
       sum(n_held_liable)::BIGINT AS n_held_liable,
       sum(days_to_comply_sum) AS days_to_comply_sum
FROM nc_ladder
WHERE month BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY measure, is_convicted, comply_bucket
ORDER BY measure, is_convicted, comply_bucket;
