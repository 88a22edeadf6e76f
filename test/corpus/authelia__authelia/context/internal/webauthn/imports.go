// Import list of package webauthn in internal/webauthn of authelia/authelia (the import blocks of its non-test files; no code kept)
package webauthn

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/logging"
	_ "github.com/authelia/authelia/v4/internal/model"
	_ "github.com/authelia/authelia/v4/internal/storage"
	_ "github.com/go-webauthn/webauthn/metadata"
	_ "github.com/go-webauthn/webauthn/metadata/providers/cached"
	_ "github.com/go-webauthn/webauthn/metadata/providers/memory"
	_ "github.com/go-webauthn/webauthn/protocol"
	_ "github.com/go-webauthn/webauthn/webauthn"
	_ "github.com/google/uuid"
	_ "github.com/sirupsen/logrus"
	_ "github.com/valyala/fasthttp"
	_ "io"
	_ "net/http"
	_ "os"
	_ "sync"
	_ "time"
)
