// Import list of package cfapi in cfapi of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package cfapi

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/google/uuid"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "github.com/urfave/cli/v2"
	_ "golang.org/x/net/http2"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "path"
	_ "strconv"
	_ "strings"
	_ "time"
)
