// Import list of package stream in stream of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package stream

import (
	_ "encoding/hex"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cfio"
	_ "github.com/getsentry/sentry-go"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "io"
	_ "runtime/debug"
	_ "sync/atomic"
	_ "time"
)
