module github.com/ncarlier/webhookd

require (
	github.com/go-fed/httpsig v1.1.0
	golang.org/x/crypto v0.43.0
)

require (
	golang.org/x/net v0.45.0 // indirect
	golang.org/x/sys v0.37.0 // indirect
	golang.org/x/text v0.30.0 // indirect
)

go 1.24.0
