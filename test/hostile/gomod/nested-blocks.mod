module example.com/x
require (
require (
  a v1
)
)
)
(
((((
replace ( ( ( a => b ) ) )
