// Import list of package runner in runner of gotify/server (the import blocks of its non-test files; no code kept)
package runner

import (
	_ "context"
	_ "fmt"
	_ "github.com/gotify/server/v2/config"
	_ "github.com/rs/zerolog/log"
	_ "golang.org/x/crypto/acme"
	_ "golang.org/x/crypto/acme/autocert"
	_ "net"
	_ "net/http"
	_ "os"
	_ "os/signal"
	_ "strings"
	_ "syscall"
	_ "time"
)
