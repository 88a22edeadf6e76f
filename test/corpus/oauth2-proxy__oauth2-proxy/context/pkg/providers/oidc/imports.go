// Import list of package oidc in pkg/providers/oidc of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package oidc

import (
	_ "context"
	_ "crypto"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/requests"
	_ "k8s.io/apimachinery/pkg/util/errors"
	_ "os"
	_ "reflect"
	_ "strings"
)
