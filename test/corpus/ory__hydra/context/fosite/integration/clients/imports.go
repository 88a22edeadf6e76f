// Import list of package clients in fosite/integration/clients of ory/hydra (the import blocks of its non-test files; no code kept)
package clients

import (
	_ "context"
	_ "crypto/rsa"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/go-jose/go-jose/v3/jwt"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
