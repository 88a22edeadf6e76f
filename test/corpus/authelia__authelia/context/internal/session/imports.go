// Import list of package session in internal/session of authelia/authelia (the import blocks of its non-test files; no code kept)
package session

import (
	_ "crypto/rand"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/authentication"
	_ "github.com/authelia/authelia/v4/internal/authorization"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/logging"
	_ "github.com/authelia/authelia/v4/internal/session/memory"
	_ "github.com/authelia/authelia/v4/internal/utils"
	_ "github.com/fasthttp/session/v2"
	_ "github.com/fasthttp/session/v2/providers/redis"
	_ "github.com/go-webauthn/webauthn/webauthn"
	_ "github.com/sirupsen/logrus"
	_ "github.com/valyala/fasthttp"
	_ "net"
	_ "net/mail"
	_ "strings"
	_ "time"
)
