// Import list of package service in internal/service of authelia/authelia (the import blocks of its non-test files; no code kept)
package service

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/authentication"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/logging"
	_ "github.com/authelia/authelia/v4/internal/middlewares"
	_ "github.com/authelia/authelia/v4/internal/server"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/sirupsen/logrus"
	_ "github.com/valyala/fasthttp"
	_ "golang.org/x/sync/errgroup"
	_ "net"
	_ "os"
	_ "os/signal"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
)
