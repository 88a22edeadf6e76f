// Import list of package fakes in pkg/fakes of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package fakes

import (
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "github.com/stretchr/testify/assert"
	_ "testing"
)
