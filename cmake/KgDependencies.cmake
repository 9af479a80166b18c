# Finds kg's dependencies and names the Debian package to install when one is
# missing, so a fresh machine gets an actionable message instead of a CMake
# stack trace. tools/bootstrap installs all of them.

function(kg_require found what package)
  if(NOT ${found})
    message(FATAL_ERROR "kg needs ${what}; install it with: apt-get install ${package} "
                        "(or run tools/bootstrap)")
  endif()
endfunction()

find_package(Threads REQUIRED)

find_package(Boost 1.74 QUIET COMPONENTS graph)
kg_require(Boost_FOUND "Boost.Graph" libboost-graph-dev)

find_package(RapidJSON QUIET CONFIG)
kg_require(RapidJSON_FOUND "RapidJSON" rapidjson-dev)
if(NOT TARGET RapidJSON::RapidJSON)
  add_library(RapidJSON::RapidJSON INTERFACE IMPORTED)
  set_target_properties(RapidJSON::RapidJSON PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${RAPIDJSON_INCLUDE_DIRS}")
endif()

find_package(ICU 70 QUIET COMPONENTS uc i18n data)
kg_require(ICU_FOUND "ICU" libicu-dev)

find_package(PkgConfig QUIET)
kg_require(PKG_CONFIG_FOUND "pkg-config" pkg-config)
pkg_check_modules(Graphviz QUIET IMPORTED_TARGET libcgraph libgvc)
kg_require(Graphviz_FOUND "Graphviz cgraph/gvc" libgraphviz-dev)
pkg_check_modules(Hunspell QUIET IMPORTED_TARGET hunspell)
kg_require(Hunspell_FOUND "Hunspell" libhunspell-dev)

if(KG_BUILD_TESTS)
  find_package(doctest QUIET CONFIG)
  kg_require(doctest_FOUND "doctest" doctest-dev)
endif()
