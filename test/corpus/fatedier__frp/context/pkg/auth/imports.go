// Import list of package auth in pkg/auth of fatedier/frp (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "fmt"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/config/v1/validation"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "golang.org/x/oauth2"
	_ "golang.org/x/oauth2/clientcredentials"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "slices"
	_ "sync"
	_ "time"
)
