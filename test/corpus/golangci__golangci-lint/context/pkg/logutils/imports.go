// Import list of package logutils in pkg/logutils of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package logutils

import (
	_ "fmt"
	_ "github.com/fatih/color"
	_ "github.com/golangci/golangci-lint/v2/pkg/exitcodes"
	_ "github.com/mattn/go-colorable"
	_ "github.com/sirupsen/logrus"
	_ "github.com/stretchr/testify/mock"
	_ "os"
	_ "strings"
	_ "time"
)
