// Import list of package jwtmiddleware in oryx/jwtmiddleware of ory/hydra (the import blocks of its non-test files; no code kept)
package jwtmiddleware

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/auth0/go-jwt-middleware/v2"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/ory/herodot"
	_ "github.com/ory/x/jwksx"
	_ "github.com/pkg/errors"
	_ "github.com/urfave/negroni"
	_ "net/http"
	_ "strings"
)
