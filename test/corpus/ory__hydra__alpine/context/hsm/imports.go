// Import list of package hsm in hsm of ory/hydra (the import blocks of its non-test files; no code kept)
package hsm

import (
	_ "context"
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "fmt"
	_ "github.com/ThalesGroup/crypto11"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/go-jose/go-jose/v3/cryptosigner"
	_ "github.com/gofrs/uuid"
	_ "github.com/miekg/pkcs11"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/jwk"
	_ "github.com/ory/hydra/v2/x"
	_ "github.com/ory/x/logrusx"
	_ "github.com/ory/x/otelx"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/trace"
	_ "net/http"
	_ "sync"
)
