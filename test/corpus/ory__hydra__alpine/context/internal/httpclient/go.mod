module github.com/ory/hydra-client-go/v2

go 1.25.0

require golang.org/x/oauth2 v0.36.0
