module github.com/thxi/bypass-cors

go 1.19

require (
	github.com/rs/cors v1.8.3
	github.com/rs/zerolog v1.29.0
)

require (
	github.com/mattn/go-colorable v0.1.12 // indirect
	github.com/mattn/go-isatty v0.0.14 // indirect
	golang.org/x/sys v0.0.0-20210927094055-39ccf1dd6fa6 // indirect
)
