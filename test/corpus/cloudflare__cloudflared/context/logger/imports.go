// Import list of package logger in logger of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cmd/cloudflared/flags"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/json-iterator/go"
	_ "github.com/mattn/go-colorable"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "github.com/urfave/cli/v2"
	_ "golang.org/x/term"
	_ "gopkg.in/natefinch/lumberjack.v2"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "sync"
	_ "time"
)
