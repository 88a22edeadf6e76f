// Import list of package websocket in websocket of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package websocket

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha1"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/gobwas/ws"
	_ "github.com/gobwas/ws/wsutil"
	_ "github.com/gorilla/websocket"
	_ "github.com/rs/zerolog"
	_ "io"
	_ "net/http"
	_ "sync"
	_ "time"
)
