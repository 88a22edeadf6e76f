// Import list of package quic in quic of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package quic

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/packet"
	_ "github.com/cloudflare/cloudflared/tracing"
	_ "github.com/google/uuid"
	_ "github.com/pkg/errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/quic-go/quic-go"
	_ "github.com/quic-go/quic-go/qlog"
	_ "github.com/quic-go/quic-go/qlogwriter"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "io"
	_ "net"
	_ "reflect"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
