// Import list of package testdb in test/testdb of gotify/server (the import blocks of its non-test files; no code kept)
package testdb

import (
	_ "fmt"
	_ "github.com/gotify/server/v2/database"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/stretchr/testify/assert"
	_ "testing"
	_ "time"
)
