// Import list of package provider in internal/provider of thomseddon/traefik-forward-auth (the import blocks of its non-test files; no code kept)
package provider

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/coreos/go-oidc"
	_ "golang.org/x/oauth2"
	_ "net/http"
	_ "net/url"
)
