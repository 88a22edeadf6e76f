// Import list of package mocks in pkg/container/mocks of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/docker/docker/api/types"
	_ "github.com/docker/docker/api/types/filters"
	_ "github.com/onsi/ginkgo"
	_ "github.com/onsi/gomega"
	_ "github.com/onsi/gomega/ghttp"
	_ "github.com/stretchr/testify/mock"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
