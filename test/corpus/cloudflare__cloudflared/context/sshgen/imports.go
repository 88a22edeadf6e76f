// Import list of package sshgen in sshgen of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package sshgen

import (
	_ "bytes"
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/x509"
	_ "encoding/json"
	_ "encoding/pem"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/config"
	_ "github.com/cloudflare/cloudflared/token"
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/go-jose/go-jose/v4/jwt"
	_ "github.com/mitchellh/go-homedir"
	_ "github.com/pkg/errors"
	_ "golang.org/x/crypto/ssh"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "time"
)
