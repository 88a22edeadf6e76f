module example.test/hello-api

go 1.26.0

require fixtures.gcc.test/greeting v1.2.0
