// Import list of package cliutil in cmd/cloudflared/cliutil of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package cliutil

import (
	_ "crypto/sha256"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cfapi"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/flags"
	_ "github.com/cloudflare/cloudflared/config"
	_ "github.com/cloudflare/cloudflared/credentials"
	_ "github.com/cloudflare/cloudflared/logger"
	_ "github.com/google/uuid"
	_ "github.com/mattn/go-colorable"
	_ "github.com/rs/zerolog"
	_ "github.com/urfave/cli/v2"
	_ "github.com/urfave/cli/v2/altsrc"
	_ "io"
	_ "os"
	_ "runtime"
	_ "strings"
	_ "time"
)
