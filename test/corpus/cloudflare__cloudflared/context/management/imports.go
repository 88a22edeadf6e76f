// Import list of package management in management of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package management

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/go-chi/cors"
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/go-jose/go-jose/v4/jwt"
	_ "github.com/google/uuid"
	_ "github.com/json-iterator/go"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/rs/zerolog"
	_ "io"
	_ "math/rand"
	_ "net"
	_ "net/http"
	_ "net/http/pprof"
	_ "nhooyr.io/websocket"
	_ "os"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
