// Import list of package handlers in internal/http/handlers of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package handlers

import (
	_ "embed"
	_ "fmt"
	_ "github.com/go-shiori/shiori/docs/swagger"
	_ "github.com/go-shiori/shiori/internal/dependencies"
	_ "github.com/go-shiori/shiori/internal/http/response"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/go-shiori/shiori/internal/view"
	_ "github.com/go-shiori/shiori/internal/webserver"
	_ "github.com/go-shiori/shiori/webapp"
	_ "github.com/gofrs/uuid/v5"
	_ "github.com/julienschmidt/httprouter"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "github.com/swaggo/http-swagger/v2"
	_ "html/template"
	_ "net/http"
	_ "path"
	_ "strconv"
	_ "time"
)
