// Import list of package test in test of gotify/server (the import blocks of its non-test files; no code kept)
package test

import (
	_ "encoding/json"
	_ "errors"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/server/v2/auth"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/stretchr/testify/assert"
	_ "io"
	_ "net/http/httptest"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "runtime"
	_ "testing/iotest"
)
