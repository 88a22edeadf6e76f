module example.test/monorepo

go 1.26.0
