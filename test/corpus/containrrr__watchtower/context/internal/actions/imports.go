// Import list of package actions in internal/actions of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package actions

import (
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/internal/util"
	_ "github.com/containrrr/watchtower/pkg/container"
	_ "github.com/containrrr/watchtower/pkg/filters"
	_ "github.com/containrrr/watchtower/pkg/lifecycle"
	_ "github.com/containrrr/watchtower/pkg/session"
	_ "github.com/containrrr/watchtower/pkg/sorter"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/sirupsen/logrus"
	_ "sort"
	_ "time"
)
