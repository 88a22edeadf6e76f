// Import list of package testutil in internal/testutil of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/go-shiori/shiori/internal/config"
	_ "github.com/go-shiori/shiori/internal/database"
	_ "github.com/go-shiori/shiori/internal/dependencies"
	_ "github.com/go-shiori/shiori/internal/domains"
	_ "github.com/go-shiori/shiori/internal/http/response"
	_ "github.com/go-shiori/shiori/internal/http/webcontext"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/gofrs/uuid/v5"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/afero"
	_ "github.com/stretchr/testify/require"
	_ "io"
	_ "net/http/httptest"
	_ "os"
	_ "strings"
	_ "testing"
	_ "time"
)
