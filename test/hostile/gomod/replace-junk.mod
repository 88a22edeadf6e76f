module x
replace => b
replace a =>
replace a b c => d e f
replace => => =>
replace a => ../../../../etc
replace a => /abs/path v1
replace a v1 => b v2 // comment ) (
