// Import list of package hasherx in oryx/hasherx of ory/hydra (the import blocks of its non-test files; no code kept)
package hasherx

import (
	_ "bytes"
	_ "context"
	_ "crypto/rand"
	_ "crypto/sha1"
	_ "crypto/sha256"
	_ "crypto/sha512"
	_ "crypto/subtle"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/inhies/go-bytesize"
	_ "github.com/ory/x/otelx"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/codes"
	_ "golang.org/x/crypto/argon2"
	_ "golang.org/x/crypto/bcrypt"
	_ "golang.org/x/crypto/pbkdf2"
	_ "golang.org/x/crypto/sha3"
	_ "hash"
	_ "math"
	_ "regexp"
	_ "strings"
	_ "time"
)
