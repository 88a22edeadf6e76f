// Import list of package http in internal/http of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package http

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/config"
	_ "github.com/go-shiori/shiori/internal/dependencies"
	_ "github.com/go-shiori/shiori/internal/http/handlers"
	_ "github.com/go-shiori/shiori/internal/http/handlers/api/v1"
	_ "github.com/go-shiori/shiori/internal/http/middleware"
	_ "github.com/go-shiori/shiori/internal/http/templates"
	_ "github.com/go-shiori/shiori/internal/http/webcontext"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "os"
	_ "os/signal"
	_ "syscall"
)
