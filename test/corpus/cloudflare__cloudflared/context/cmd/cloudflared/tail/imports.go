// Import list of package tail in cmd/cloudflared/tail of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package tail

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cfapi"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/cliutil"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/flags"
	_ "github.com/cloudflare/cloudflared/credentials"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/google/uuid"
	_ "github.com/rs/zerolog"
	_ "github.com/urfave/cli/v2"
	_ "net/http"
	_ "net/url"
	_ "nhooyr.io/websocket"
	_ "os"
	_ "os/signal"
	_ "syscall"
	_ "time"
)
