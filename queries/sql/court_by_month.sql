-- One court's enforcement cases filed and concluded, recovery, voluntary performance, refusal incidents, dishonest-list entries and cross-enforcement moves by month.
-- grain: one row per month with any activity at $court_id (every case type and debtor type, as in the court table)
-- params: $court_id, $start, $end, $scope
select
    month, n_filed, n_closed, recovered_yuan, claim_closed_yuan, n_voluntary,
    n_incidents, n_transferred, n_listed, n_sent, n_received
from court_month_measures
where court_id = $court_id and month between $start and $end and in_scope($scope, province_code)
order by month;
