module example.com/x

go 1.26

require (
	github.com/a/b v1.0.0 // indirect
)
