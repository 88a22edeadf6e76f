module github.com/golangci/docs

go 1.24.0

require github.com/imfing/hextra v0.12.1 // indirect
