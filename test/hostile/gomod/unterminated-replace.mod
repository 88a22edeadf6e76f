module example.com/x
replace (
  a => b
  c v1 => 
