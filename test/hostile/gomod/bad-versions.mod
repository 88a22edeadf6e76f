module example.com/x
go 1.2.3.4.5
go
go banana
toolchain
toolchain go
toolchain gofoo bar
require a v1.2.3.4
require b latest
require c
require d v1 v2 v3
require "" ""
require e v99999999999999999999999999999999.0.0
require f v1.0.0-éè+‮
exclude x
exclude
retract [v1, v2
