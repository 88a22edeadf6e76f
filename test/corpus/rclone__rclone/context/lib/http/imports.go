// Import list of package http in lib/http of rclone/rclone (the import blocks of its non-test files; no code kept)
package http

import (
	_ "bytes"
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "embed"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/abbot/go-http-auth"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "github.com/rclone/rclone/lib/sdactivation"
	_ "github.com/spf13/pflag"
	_ "html/template"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
